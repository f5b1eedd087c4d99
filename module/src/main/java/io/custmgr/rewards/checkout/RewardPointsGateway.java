package io.custmgr.rewards.checkout;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.payment.dto.PaymentRequestDTO;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;
import org.broadleafcommerce.common.payment.service.PaymentGatewayConfiguration;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransactionConfirmationService;
import org.broadleafcommerce.core.checkout.service.gateway.PassthroughPaymentConfigurationImpl;
import org.broadleafcommerce.core.checkout.service.gateway.PassthroughPaymentConfigurationServiceImpl;

/**
 * The payment "gateway" of reward points payments (bean {@code cmRewardPointsGateway}, merged into Broadleaf's
 * {@code blPaymentGatewayConfigurationServices}): Broadleaf's {@code ValidateAndConfirmPaymentActivity} asks it to
 * confirm the UNCONFIRMED transaction {@link RewardPointsCheckout} put on the cart, and it answers with a successful
 * AUTHORIZE_AND_CAPTURE of the same amount. Nothing leaves the store; the points themselves are spent by
 * {@link RewardPointsRedemptionActivity} later in the same workflow, which fails the checkout if they no longer cover it.
 */
public class RewardPointsGateway extends PassthroughPaymentConfigurationServiceImpl
        implements PaymentGatewayTransactionConfirmationService {

    public static final PaymentGatewayType REWARD_POINTS = new PaymentGatewayType("CUSTMGR_REWARD_POINTS",
            "Reward points");

    /** Its own: the inherited {@code configuration} field is the passthrough gateway's, injected by name. */
    protected final PassthroughPaymentConfigurationImpl rewardPointsConfiguration =
            new PassthroughPaymentConfigurationImpl() {
                @Override
                public PaymentGatewayType getGatewayType() {
                    return REWARD_POINTS;
                }
            };

    public RewardPointsGateway() {
        rewardPointsConfiguration.setPerformAuthorizeAndCapture(true);
    }

    @Override
    public PaymentGatewayConfiguration getConfiguration() {
        return rewardPointsConfiguration;
    }

    @Override
    public PaymentGatewayTransactionConfirmationService getTransactionConfirmationService() {
        return this;
    }

    @Override
    public PaymentResponseDTO confirmTransaction(PaymentRequestDTO request) {
        Money amount = new Money(request.getTransactionTotal(), request.getOrderCurrencyCode());
        return new PaymentResponseDTO(PaymentType.CUSTOMER_CREDIT, REWARD_POINTS)
                .amount(amount)
                .paymentTransactionType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE)
                .successful(true)
                .rawResponse("Paid with reward points");
    }
}
