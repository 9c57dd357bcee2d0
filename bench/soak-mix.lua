-- wrk script for the soak benchmark: a reader's mix through the gateway. Of every 20 requests,
-- 16 view the sample article, 2 the list page, 2 post a comment (unique content and email).
local slug = "israeli-defense-minister-visits-us-amid-tensions-over-gaza-war"
local n = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  n = 0
  -- each minute is a new wrk run: without a seed of its own it would post the same "unique" comments again (409)
  math.randomseed(os.time() * 100 + id)
end

request = function()
  n = n + 1
  local slot = n % 20
  if slot == 0 or slot == 10 then
    local tag = id .. "-" .. os.time() .. "-" .. n .. "-" .. math.random(1, 1000000000)
    local body = '{"authorName":"Soak","authorEmail":"soak-' .. tag .. '@example.org","content":"Soak comment ' .. tag .. '"}'
    return wrk.format("POST", "/api/articles/" .. slug .. "/comments", {["Content-Type"] = "application/json"}, body)
  elseif slot == 5 or slot == 15 then
    return wrk.format("GET", "/api/articles")
  end
  return wrk.format("GET", "/api/articles/" .. slug)
end
