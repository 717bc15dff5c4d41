class Subscription < ApplicationRecord
  belongs_to :account
  has_many :invoices, dependent: :destroy

  enum status: { trialing: 0, active: 1, past_due: 2, canceled: 3 }

  validates :plan, presence: true, inclusion: { in: %w[basic pro enterprise] }
  validates :seats, numericality: { greater_than: 0 }

  scope :renewing_soon, -> { active.where(renews_at: ..7.days.from_now) }

  def cancel!(reason: nil)
    transaction do
      update!(status: :canceled, canceled_at: Time.current, cancel_reason: reason)
      invoices.open.each(&:void!)
    end
  end

  def monthly_price
    PRICES.fetch(plan) * seats
  end
end
