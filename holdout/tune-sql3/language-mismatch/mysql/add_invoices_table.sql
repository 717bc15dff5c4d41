class AddInvoicesTable < ActiveRecord::Migration[7.1]
  def up
    create_table :invoices do |t|
      t.references :customer, null: false, foreign_key: true
      t.string :number, null: false
      t.integer :amount_cents, null: false, default: 0
      t.string :currency, limit: 3, null: false, default: "USD"
      t.datetime :issued_at
      t.timestamps
    end

    add_index :invoices, :number, unique: true

    execute <<~SQL
      CREATE TRIGGER invoices_number_upper
      BEFORE INSERT ON invoices
      FOR EACH ROW SET NEW.number = UPPER(NEW.number);
    SQL
  end

  def down
    execute "DROP TRIGGER IF EXISTS invoices_number_upper"
    drop_table :invoices
  end
end
