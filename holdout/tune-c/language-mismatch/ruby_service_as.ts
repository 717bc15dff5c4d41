# app/services/subscription_renewer.rb
class SubscriptionRenewer
  Result = Struct.new(:renewed, :failed, keyword_init: true)

  def initialize(gateway: PaymentGateway.new, clock: Time)
    @gateway = gateway
    @clock = clock
  end

  def call
    renewed, failed = [], []

    Subscription.due_for_renewal(@clock.now).find_each do |sub|
      charge = @gateway.charge(sub.customer.payment_token, sub.plan.price_cents)
      if charge.success?
        sub.update!(renewed_at: @clock.now, period_end: sub.period_end + 1.month)
        renewed << sub.id
      else
        sub.update!(status: :past_due)
        failed << sub.id
      end
    end

    Result.new(renewed: renewed, failed: failed)
  end
end
