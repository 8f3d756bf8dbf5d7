-- KEYS[1] blocked-until → ms left (0 when not blocked)
-- include: redis-now.lua
local blocked = tonumber(redis.call('GET', KEYS[1]) or '0')
if blocked > now then return blocked - now end
return 0
