class CreateSubscriptions < ActiveRecord::Migration[7.1]
  def change
    create_table :subscriptions do |t|
      t.references :account, null: false, foreign_key: true
      t.string :plan, null: false
      t.integer :status, null: false, default: 0
      t.datetime :trial_ends_at
      t.datetime :current_period_end
      t.string :stripe_subscription_id, index: { unique: true }
      t.timestamps
    end

    add_index :subscriptions, [:account_id, :status]
  end
end
