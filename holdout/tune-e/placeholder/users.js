const User = require("../models/user");
const { NotFoundError } = require("../errors");

module.exports = {
  async list(req, res) {
    const users = await User.findAll({ limit: 100, order: [["createdAt", "DESC"]] });
    res.json(users);
  },

  async show(req, res) {
    const user = await User.findByPk(req.params.id);
    if (!user) throw new NotFoundError("user");
    res.json(user);
  },

  /* existing handlers */

  async deactivate(req, res) {
    const user = await User.findByPk(req.params.id);
    if (!user) throw new NotFoundError("user");
    user.active = false;
    await user.save();
    res.status(204).end();
  },
};
