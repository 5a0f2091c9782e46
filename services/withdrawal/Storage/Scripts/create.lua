-- Creates a withdrawal exactly once per (user, Idempotency-Key), with its "created" event, atomically.
-- (pubsub_publish, the pub/sub library's outbox function, is prepended when the script is loaded.)
-- KEYS[1] idempotency hash   KEYS[2] record hash   KEYS[3] the user's list   KEYS[4] active-saga index
-- KEYS[5] the event's stream (the outbox: the event is appended here, in the same script)
-- ARGV[1] withdrawal id      ARGV[2] request fingerprint   ARGV[3] idempotency retention (ms)
-- ARGV[4] index member       ARGV[5] due (Unix ms)         ARGV[6..8] the event: maxlen, data, metadata
-- ARGV[9] n = number of record field/value pairs, ARGV[10 .. 9+2n] the record's fields.
-- Returns {1, id} when created, {0, id} when the key was already used for the same request;
-- an IDEMPOTENCY_MISMATCH error when it was used for a different one.
local existing = redis.call('HMGET', KEYS[1], 'id', 'fingerprint')
if existing[1] then
  if existing[2] == ARGV[2] then
    return {0, existing[1]}
  end
  return redis.error_reply('IDEMPOTENCY_MISMATCH the idempotency key was used for a different withdrawal')
end

local n = tonumber(ARGV[9])
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'fingerprint', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('HSET', KEYS[2], unpack(ARGV, 10, 9 + 2 * n))
redis.call('ZADD', KEYS[3], 0, ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[5], ARGV[4])
pubsub_publish(KEYS[5], ARGV[6], ARGV[7], ARGV[8])
return {1, ARGV[1]}
