-- KEYS: posted, claim, [shown]. ARGV: ts, posted ttl s, token, revision to show ("" for none), shown ttl s.
-- → the revision the channel now shows (0 without a shown key)
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
if not KEYS[3] then return 0 end
local shown = tonumber(redis.call('GET', KEYS[3]) or '0')
if ARGV[4] ~= '' and tonumber(ARGV[4]) > shown then
  redis.call('SET', KEYS[3], ARGV[4], 'EX', ARGV[5])
  shown = tonumber(ARGV[4])
end
return shown
