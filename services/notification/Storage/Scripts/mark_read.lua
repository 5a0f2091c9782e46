-- Marks one message read. KEYS[1] messages hash, KEYS[2] unread zset; ARGV[1] message id.
-- Returns the message JSON, or false when the user has no such message.
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return false end
redis.call('ZREM', KEYS[2], ARGV[1])
return json
