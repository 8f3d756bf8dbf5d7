-- One sorted set per host: member = holder token, score = when its lease runs out. Expired
-- leases (a worker killed mid-fetch) are swept before counting, so a slot is never lost for good.
-- KEYS[1] the host's slots
-- ARGV[1] now (ms), ARGV[2] slots per host, ARGV[3] lease end (ms), ARGV[4] token, ARGV[5] key ttl (ms)
-- → 1 when the slot is taken, 0 when every slot is held
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", ARGV[1])
if redis.call("ZCARD", KEYS[1]) < tonumber(ARGV[2]) then
  redis.call("ZADD", KEYS[1], ARGV[3], ARGV[4])
  redis.call("PEXPIRE", KEYS[1], ARGV[5])
  return 1
end
return 0
