-- The value already there, else ARGV[1] set with the given lifetime: whoever sets it first wins.
-- KEYS[1] the key. ARGV[1] value, ARGV[2] "EX" or "PX", ARGV[3] lifetime in that unit → the value held
local current = redis.call('GET', KEYS[1])
if current then return current end
redis.call('SET', KEYS[1], ARGV[1], ARGV[2], ARGV[3])
return ARGV[1]
