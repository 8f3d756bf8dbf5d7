-- One atomic step: the answer, the snapshot, the index, and the eviction of the oldest events.
-- KEYS: answers, snapshot, index. ARGV: record JSON, snapshot JSON, now ms, index member,
-- answers cap, events cap, answers key prefix, snapshot key prefix.
redis.call("LPUSH", KEYS[1], ARGV[1])
redis.call("LTRIM", KEYS[1], 0, tonumber(ARGV[5]) - 1)
redis.call("SET", KEYS[2], ARGV[2])
redis.call("ZADD", KEYS[3], ARGV[3], ARGV[4])
local excess = redis.call("ZCARD", KEYS[3]) - tonumber(ARGV[6])
if excess > 0 then
  local oldest = redis.call("ZRANGE", KEYS[3], 0, excess - 1)
  for _, member in ipairs(oldest) do
    redis.call("DEL", ARGV[7] .. member, ARGV[8] .. member)
    redis.call("ZREM", KEYS[3], member)
  end
end
return 1
