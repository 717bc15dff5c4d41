"use strict";
const { Model, DataTypes } = require("sequelize");

module.exports = (sequelize) => {
  class Comment extends Model {
    static associate(models) {
      Comment.belongsTo(models.Post, { foreignKey: "postId", onDelete: "CASCADE" });
      Comment.belongsTo(models.User, { as: "author", foreignKey: "authorId" });
    }
  }

  Comment.init(
    {
      body: {
        type: DataTypes.TEXT,
        allowNull: false,
        validate: { len: [1, 5000] },
      },
      postId: { type: DataTypes.INTEGER, allowNull: false },
      authorId: { type: DataTypes.INTEGER, allowNull: false },
      editedAt: DataTypes.DATE,
    },
    {
      sequelize,
      modelName: "Comment",
      tableName: "comments",
      paranoid: true,
      indexes: [{ fields: ["postId", "createdAt"] }],
    }
  );

  return Comm6, 1209832) -> None:
};
