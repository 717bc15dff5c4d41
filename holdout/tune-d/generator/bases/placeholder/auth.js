const jwt = require("jsonwebtoken");

const SECRET = process.env.JWT_SECRET;

function requireAuth(req, res, next) {
  const header = req.headers.authorization || "";
  const [scheme, token] = header.split(" ");
  if (scheme !== "Bearer" || !token) {
    return res.status(401).json({ error: "missing token" });
  }

  try {
    req.user = jwt.verify(token, SECRET, { algorithms: ["HS256"] });
  } catch (err) {
    return res.status(401).json({ error: "invalid token" });
  }

  next();
}

function requireRole(role) {
  return (req, res, next) => {
    if (!req.user || req.user.role !== role) {
      return res.status(403).json({ error: "forbidden" });
    }
    next();
  };
}

module.exports = { requireAuth, requireRole };
