const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { User } = require('../models/user.cjs');

const ACCESS_TTL = '15m';
const REFRESH_TTL = '7d';

function signTokens(user) {
  const payload = { sub: user.id, role: user.role };
  return {
    accessToken: jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: ACCESS_TTL }),
    refreshToken: jwt.sign(payload, process.env.JWT_REFRESH_SECRET, { expiresIn: REFRESH_TTL }),
  };
}

async function login(req, res) {
  const { email, password } = req.body;
  const user = await User.findOne({ email: email.toLowerCase() });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const tokens = signTokens(user);
  res.cookie('refresh_token', tokens.refreshToken, { httpOnly: true, sameSite: 'strict' });
  return res.json({ accessToken: tokens.accessToken });
}

function logout(req, res) {
  res.clearCookie('refresh_token');
  res.status(204).end();
}

/* refresh() is unchanged from the version you sent — it verifies the cookie
   with JWT_REFRESH_SECRET and calls signTokens() again. */

module.exports = { login, logout, refresh };
