-- An item's placement and the events it could join, in one round trip.
-- KEYS[1] placement, KEYS[2] events by date, KEYS[3] coarse events, KEYS[4] revisions
-- ARGV[1] from, ARGV[2] to (epoch ms)
-- → { the item's placement (or nil), the candidate event ids, their revisions }
local ids = redis.call("ZRANGEBYSCORE", KEYS[2], ARGV[1], ARGV[2])
for _, id in ipairs(redis.call("ZRANGE", KEYS[3], 0, -1)) do ids[#ids + 1] = id end
local revisions = {}
if #ids > 0 then revisions = redis.call("HMGET", KEYS[4], unpack(ids)) end
return { redis.call("GET", KEYS[1]), ids, revisions }
