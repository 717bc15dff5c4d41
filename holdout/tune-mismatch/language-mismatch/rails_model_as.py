class Order < ApplicationRecord
  belongs_to :customer
  has_many :line_items, dependent: :destroy
  has_many :products, through: :line_items

  enum :status, { pending: 0, paid: 1, shipped: 2, cancelled: 3 }

  validates :customer, presence: true
  validates :total_cents, numericality: { greater_than_or_equal_to: 0 }

  scope :recent, -> { where(created_at: 30.days.ago..) }
  scope :unpaid, -> { where(status: :pending) }

  before_save :recalculate_total

  def total
    Money.new(total_cents, currency)
  end

  private

  def recalculate_total
    self.total_cents = line_items.sum { |li| li.quantity * li.unit_price_cents }
