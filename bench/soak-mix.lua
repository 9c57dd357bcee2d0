-- wrk script for the soak benchmark: a reader's mix through the gateway. One request in 10 is the
-- list page, one in POST_EVERY (the script's argument, default 100) posts a comment with unique
-- content and email, the rest view the sample article.
local slug = "israeli-defense-minister-visits-us-amid-tensions-over-gaza-war"
local n = 0
local post_every = 100
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  n = 0
  post_every = tonumber(args[1]) or 100
  -- each minute is a new wrk run: without a seed of its own it would post the same "unique" comments again (409)
  math.randomseed(os.time() * 100 + id)
end

request = function()
  n = n + 1
  if n % post_every == 0 then
    local tag = id .. "-" .. os.time() .. "-" .. n .. "-" .. math.random(1, 1000000000)
    local body = '{"authorName":"Soak","authorEmail":"soak-' .. tag .. '@example.org","content":"Soak comment ' .. tag .. '"}'
    return wrk.format("POST", "/api/articles/" .. slug .. "/comments", {["Content-Type"] = "application/json"}, body)
  elseif n % 10 == 5 then
    return wrk.format("GET", "/api/articles")
  end
  return wrk.format("GET", "/api/articles/" .. slug)
end
