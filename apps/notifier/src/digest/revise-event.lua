-- A corrected event replaces its buffered copy, and only that: a correction of an event the
-- subscription is not waiting for (never buffered, or already sent) buffers nothing.
-- KEYS: sent set, pending sorted set, events hash. ARGV: event id, event JSON, revision.
if not redis.call("ZSCORE", KEYS[2], ARGV[1]) then return 0 end
-- include: store-unless-newer-held.lua
return 1
