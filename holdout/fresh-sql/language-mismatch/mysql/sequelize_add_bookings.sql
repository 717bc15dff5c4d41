'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('bookings', {
      id: { type: Sequelize.INTEGER, autoIncrement: true, primaryKey: true },
      room_id: { type: Sequelize.INTEGER, allowNull: false },
      guest_email: { type: Sequelize.STRING(190), allowNull: false },
      check_in: { type: Sequelize.DATEONLY, allowNull: false },
      check_out: { type: Sequelize.DATEONLY, allowNull: false },
      created_at: { type: Sequelize.DATE, defaultValue: Sequelize.fn('NOW') },
    });
    await queryInterface.addIndex('bookings', ['room_id', 'check_in']);
  },

  async down(queryInterface) {
    await queryInterface.dropTable('bookings');
  },
};
