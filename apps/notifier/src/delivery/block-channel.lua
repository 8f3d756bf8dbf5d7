-- KEYS[1] blocked-until; ARGV[1] block for this many ms → the ms actually blocked
-- include: redis-now.lua
local untilMs = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current >= untilMs then return current - now end
redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1]) + 1000)
return tonumber(ARGV[1])
