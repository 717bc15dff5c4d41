-- sqlfluff:dialect:snowflake
-- Parse a user-agent string into browser / os / device with a JavaScript UDF.
CREATE OR REPLACE FUNCTION analytics.util.parse_user_agent(UA VARCHAR)
RETURNS OBJECT
LANGUAGE JAVASCRIPT
AS
$$
  if (UA === null || UA === undefined) {
    return null;
  }
  const s = UA.toLowerCase();
  let browser = "other";
  if (s.includes("edg/")) browser = "edge";
  else if (s.includes("chrome/")) browser = "chrome";
  else if (s.includes("firefox/")) browser = "firefox";
  else if (s.includes("safari/")) browser = "safari";

  const os = /windows/.test(s) ? "windows"
    : /android/.test(s) ? "android"
    : /iphone|ipad/.test(s) ? "ios"
    : /mac os x/.test(s) ? "macos"
    : /linux/.test(s) ? "linux" : "other";

  return { browser: browser, os: os, mobile: /mobile|iphone|android/.test(s) };
$$;

SELECT session_id, analytics.util.parse_user_agent(user_agent):browser::STRING AS browser
FROM analytics.raw.sessions
LIMIT 10;
