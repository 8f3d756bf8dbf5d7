-- Atomically, so a digest being acknowledged at the same moment cannot resurrect a sent event:
-- skip an event already sent (and not pending again); keep the newest revision; remember when the
-- event was first buffered.
-- KEYS: sent set, pending sorted set, events hash. ARGV: event id, event JSON, revision, now (ms).
-- → 1 when buffered, 0 when skipped
if redis.call("SISMEMBER", KEYS[1], ARGV[1]) == 1 and not redis.call("ZSCORE", KEYS[2], ARGV[1]) then return 0 end
-- include: store-unless-newer-held.lua
redis.call("ZADD", KEYS[2], "NX", ARGV[4], ARGV[1])
return 1
