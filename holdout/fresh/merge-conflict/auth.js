const jwt = require('jsonwebtoken');

function sign(user) {
<<<<<<< HEAD
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
=======
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '15m' });
>>>>>>> 4e1c9b7 (Shorten token lifetime and include role)
}

function verify(token) {
<<<<<<< HEAD
  return jwt.verify(token, process.env.JWT_SECRET);
=======
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
>>>>>>> 4e1c9b7 (Shorten token lifetime and include role)
}

module.exports = { sign, verify };
