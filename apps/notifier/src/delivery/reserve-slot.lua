-- Reserves a channel's next send slot if it is at most `max_wait` ms away and the channel is not
-- blocked (Slack answered 429) until `blocked` (epoch ms, read by the caller, which may have
-- needed it before). → granted (true/false), and the wait: until the slot when granted, else how
-- long to come back after.
local function reserve_slot(now, pace_key, blocked, interval, max_wait)
  if blocked > now then return false, blocked - now end
  local slot = math.max(now, tonumber(redis.call('GET', pace_key) or '0'))
  local wait = slot - now
  if wait > max_wait then return false, wait end
  if interval > 0 then redis.call('SET', pace_key, slot + interval, 'PX', wait + interval + 1000) end
  return true, wait
end
