-- KEYS: latest. ARGV: event JSON, revision, ttl s. → 1 when stored, 0 when a later revision is held
local stored = redis.call('GET', KEYS[1])
if stored then
  local ok, decoded = pcall(cjson.decode, stored)
  local held = ok and type(decoded) == 'table' and tonumber(decoded.revision)
  if held and held >= tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
return 1
