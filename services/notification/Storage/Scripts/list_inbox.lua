-- One page of a user's inbox, newest first, below the sequence ARGV[1] (exclusive; '+inf' for the first page).
-- KEYS[1] messages hash, KEYS[2] order zset, KEYS[3] unread zset;
-- ARGV[1] upper bound, ARGV[2] page size, ARGV[3] '1' for unread messages only.
-- Returns {unread_count, id1, seq1, json1, unread1, id2, ...}
local source = KEYS[2]
if ARGV[3] == '1' then source = KEYS[3] end
local bound = ARGV[1]
if bound ~= '+inf' then bound = '(' .. bound end
local page = redis.call('ZREVRANGEBYSCORE', source, bound, '-inf', 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[2]))
local reply = {redis.call('ZCARD', KEYS[3])}
for i = 1, #page, 2 do
  local id = page[i]
  reply[#reply + 1] = id
  reply[#reply + 1] = page[i + 1]
  reply[#reply + 1] = redis.call('HGET', KEYS[1], id) or ''
  reply[#reply + 1] = redis.call('ZSCORE', KEYS[3], id) and 1 or 0
end
return reply
