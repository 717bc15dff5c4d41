const jwt = require("jsonwebtoken");

const PUBLIC_PATHS = new Set(["/healthz", "/login", "/signup"]);

function authenticate(req, res, next) {
  if (PUBLIC_PATHS.has(req.path)) return next();

  const header = req.headers.authorization || "";
  const [scheme, token] = header.split(" ");
  if (scheme !== "Bearer" || !token) {
    return res.status(401).json({ error: "missing_token" });
  }

  …

  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    next();
  } catch (err) {
    res.status(401).json({ error: "invalid_token" });
  }
}

module.exports = { authenticate };
