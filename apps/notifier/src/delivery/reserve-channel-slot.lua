-- KEYS[1] next free slot (epoch ms), KEYS[2] blocked-until (epoch ms)
-- ARGV[1] interval ms, ARGV[2] longest wait the caller will sleep through
-- → { granted (1/0), wait ms }
-- include: redis-now.lua
-- include: reserve-slot.lua
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
local granted, wait = reserve_slot(now, KEYS[1], blocked, tonumber(ARGV[1]), tonumber(ARGV[2]))
if granted then return {1, wait} end
return {0, wait}
