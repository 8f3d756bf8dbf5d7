-- Deletes a lock or claim only while it still holds the caller's token: a holder whose lease
-- expired must not free what another process has taken since.
-- KEYS[1] the lock; ARGV[1] the caller's token → 1 when deleted, 0 when not held by the caller
if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end
return 0
