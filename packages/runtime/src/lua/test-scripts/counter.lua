-- A test script: adds ARGV[1] to KEYS[1] and returns the new value with the shared suffix's value.
-- include: suffix.lua
return { redis.call("INCRBY", KEYS[1], ARGV[1]), suffix }
