const mongoose = require('mongoose');
const bcrypt = require('bcryptjs');

const userSchema = new mongoose.Schema(
  {
    email: {
      type: String,
      required: true,
      unique: true,
      lowercase: true,
      trim: true,
    },
    // address, preferences, passwordHash etc. — omitted here, keep yours;
    // the only schema change is the lowercase/trim on email
  },
  { timestamps: true },
);

userSchema.index({ 'address.zip': 1 });

userSchema.methods.setPassword = async function setPassword(plain) {
  this.passwordHash = await bcrypt.hash(plain, 12);
};

userSchema.methods.wantsNewsletter = function wantsNewsletter() {
  return Boolean(this.preferences && this.preferences.newsletter);
};

userSchema.set('toJSON', {
  transform(doc, ret) {
    delete ret.passwordHash;
    return ret;
  },
});

module.exports.User = mongoose.model('User', userSchema);
