const mongoose = require('mongoose');
const bcrypt = require('bcryptjs');

const { Schema } = mongoose;

const addressSchema = new Schema(
  {
    line1: { type: String, required: true },
    city: { type: String, required: true },
    postcode: String,
    country: { type: String, default: 'GB' },
  },
  { _id: false }
);

const userSchema = new Schema(
  {
    email: {
      type: String,
      required: true,
      unique: true,
      lowercase: true,
      trim: true,
    },
    passwordHash: { type: String, required: true, select: false },
    ...,
    addresses: [addressSchema],
  },
  { timestamps: true }
);

userSchema.methods.comparePassword = function comparePassword(plain) {
  return bcrypt.compare(plain, this.passwordHash);
};

userSchema.statics.findByEmail = function findByEmail(email) {
  return this.findOne({ email: email.toLowerCase() });
};

userSchema.index({ role: 1, createdAt: -1 });

module.exports = mongoose.model('User', userSchema);
