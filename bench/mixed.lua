-- Readers' traffic over every published article, for wrk (bench/run.sh, scenarios mixed and churn).
--
--   wrk ... -s bench/mixed.lua http://host PATHS_FILE [HOT] [HOT_SHARE]
--
-- PATHS_FILE holds one request path per line, the hot articles first (bench/run.sh writes the
-- newest HOT published articles first, then all the others). Each request picks, with a
-- deterministic pseudo-random generator seeded per wrk thread, a hot article with probability
-- HOT_SHARE (0.8) and otherwise any of the others, uniformly within each set. Manchette and nginx
-- are driven by this same script with the same file: nginx mirrors /api/articles/<slug>.

local requests = {}
local hot, cold, share
local seed

-- setup runs in wrk's main Lua state, once per thread, before that thread's init.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  local file = args[1] or error("mixed.lua needs the file of paths as its first argument")
  for line in io.lines(file) do
    if line ~= "" then
      requests[#requests + 1] = wrk.format("GET", line)
    end
  end
  if #requests == 0 then
    error("no path in " .. file)
  end
  hot = math.min(tonumber(args[2] or "200"), #requests)
  share = tonumber(args[3] or "0.8")
  cold = #requests - hot
  -- Park-Miller "minimal standard" generator: exact in double precision, the same sequence on
  -- every run for a given thread.
  seed = 20261126 + 7919 * (thread_number or 1)
end

local function random()
  seed = (seed * 48271) % 2147483647
  return seed / 2147483647
end

function request()
  if cold == 0 or random() < share then
    return requests[1 + math.floor(random() * hot)]
  end
  return requests[hot + 1 + math.floor(random() * cold)]
end
