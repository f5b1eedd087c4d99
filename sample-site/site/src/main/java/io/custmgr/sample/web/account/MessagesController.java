package io.custmgr.sample.web.account;

import io.custmgr.message.service.CustomerMessageService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;

/**
 * The signed-in customer's Messages inbox (Spring Security guards /account/**): the merchant's private messages,
 * newest first, unread ones marked; opening one marks it read. Another customer's message id answers 404.
 */
@Controller
@RequestMapping("/account/messages")
class MessagesController {

    static final int SHOWN = 100;

    @Resource(name = "cmCustomerMessageService")
    private CustomerMessageService messages;

    @RequestMapping(method = { RequestMethod.GET, RequestMethod.HEAD })
    String inbox(Model model) {
        Long customerId = CustomerState.getCustomer().getId();
        model.addAttribute("messages", messages.findMessages(customerId, SHOWN));
        model.addAttribute("unreadMessages", messages.countUnread(customerId));
        return "account/messages";
    }

    @RequestMapping(value = "/{messageId}", method = { RequestMethod.GET, RequestMethod.HEAD })
    String open(Model model, @PathVariable("messageId") String messageId) {
        model.addAttribute("message", messages.open(CustomerState.getCustomer().getId(), messageId));
        return "account/message";
    }
}
