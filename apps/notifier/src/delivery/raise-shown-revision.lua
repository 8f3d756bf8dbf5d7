-- KEYS[1] the revision a channel shows. ARGV[1] revision, ARGV[2] ttl s. Only ever raises it.
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2]) end
return 0
