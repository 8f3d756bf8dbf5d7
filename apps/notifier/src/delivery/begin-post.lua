-- KEYS: posted, claim, attempt, pace slot, blocked-until.
-- ARGV: token, claim ms, interval ms, longest wait ms, attempt ttl s, "claim" | "continue", caller's now (ms).
-- → {'posted', ts} | {'blocked', ms} | {'claimed', ''} | {'attempted', when} | {'paced', ms} | {'go', wait ms}
-- include: reserve-slot.lua
local function release() if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end end
local posted = redis.call('GET', KEYS[1])
if posted then return {'posted', posted} end
-- include: redis-now.lua
local blockedUntil = tonumber(redis.call('GET', KEYS[5]) or '0')
if blockedUntil > now then release() return {'blocked', tostring(blockedUntil - now)} end
if ARGV[6] == 'claim' then
  if not redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') then return {'claimed', ''} end
  local attempted = redis.call('GET', KEYS[3])
  if attempted then return {'attempted', attempted} end
elseif redis.call('GET', KEYS[2]) ~= ARGV[1] then
  return {'claimed', ''}
end
-- The script is atomic: the block read above still holds, so the slot check reuses it.
local granted, wait = reserve_slot(now, KEYS[4], blockedUntil, tonumber(ARGV[3]), tonumber(ARGV[4]))
if not granted then release() return {'paced', tostring(wait)} end
redis.call('SET', KEYS[3], tostring(tonumber(ARGV[7]) + wait), 'EX', ARGV[5])
return {'go', tostring(wait)}
