-- Claims the feed that has waited longest past its due time, for one poller, atomically: its due
-- time moves to the end of a lease, so no other poller (in this process or another) takes it, and a
-- poller killed mid-poll only delays the feed until the lease runs out.
-- KEYS[1] due times (sorted set: feed id → due ms), KEYS[2] feed definitions (hash: feed id → JSON)
-- ARGV[1] now (ms), ARGV[2] lease end (ms)
-- → { feed id, feed JSON } when one was due; { "", earliest due ms } when none is ("" when none at all)
local due = redis.call("ZRANGEBYSCORE", KEYS[1], "-inf", ARGV[1], "LIMIT", 0, 1)
if #due == 0 then
  local first = redis.call("ZRANGE", KEYS[1], 0, 0, "WITHSCORES")
  return { "", first[2] or "" }
end
redis.call("ZADD", KEYS[1], "XX", ARGV[2], due[1])
return { due[1], redis.call("HGET", KEYS[2], due[1]) or "" }
