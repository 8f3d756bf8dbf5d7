-- Included by buffer-event.lua and revise-event.lua (same KEYS and ARGV). Stores the event unless
-- the buffer holds a newer revision (notices may arrive out of order).
local stored = redis.call("HGET", KEYS[3], ARGV[1])
if stored then
  local ok, decoded = pcall(cjson.decode, stored)
  local held = ok and type(decoded) == "table" and tonumber(decoded.revision)
  if held and held > tonumber(ARGV[3]) then return 0 end
end
redis.call("HSET", KEYS[3], ARGV[1], ARGV[2])
