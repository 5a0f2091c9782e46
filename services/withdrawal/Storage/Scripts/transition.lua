-- Moves a saga from one state to the next, with its event if it has one, atomically and only for the lease holder.
-- (pubsub_publish, the pub/sub library's outbox function, is prepended when the script is loaded.)
-- KEYS[1] record hash   KEYS[2] the saga's lease   KEYS[3] active-saga index   KEYS[4] (optional) the event's stream
-- ARGV[1] lease token   ARGV[2] the state the caller read   ARGV[3] index member
-- ARGV[4] next due (Unix ms), or '' when the saga has ended and leaves the index
-- ARGV[5..7] the event (maxlen, data, metadata) when KEYS[4] is given, else three empty strings
-- ARGV[8] n = number of changed field/value pairs, ARGV[9 .. 8+2n] the pairs
-- ARGV[9+2n] '1' to release the lease with this commit (the driver stops after it), else '0'.
if redis.call('GET', KEYS[2]) ~= ARGV[1] then
  return redis.error_reply('LEASE_LOST another driver owns this saga now')
end
if redis.call('HGET', KEYS[1], 'state') ~= ARGV[2] then
  return redis.error_reply('STALE_STATE the saga moved on since it was read')
end

local n = tonumber(ARGV[8])
if n > 0 then
  redis.call('HSET', KEYS[1], unpack(ARGV, 9, 8 + 2 * n))
end
if ARGV[4] == '' then
  redis.call('ZREM', KEYS[3], ARGV[3])
else
  redis.call('ZADD', KEYS[3], ARGV[4], ARGV[3])
end
if #KEYS >= 4 then
  pubsub_publish(KEYS[4], ARGV[5], ARGV[6], ARGV[7])
end
if ARGV[9 + 2 * n] == '1' then
  redis.call('DEL', KEYS[2])
end
return 1
