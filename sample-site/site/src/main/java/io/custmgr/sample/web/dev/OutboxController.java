package io.custmgr.sample.web.dev;

import io.custmgr.sample.mail.OutboxCustomerMailer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/** Development page of the sample storefront: the mails the module "sent" (the sample has no mail server). */
@Controller
class OutboxController {

    @Resource(name = "cmSampleOutbox")
    private OutboxCustomerMailer outbox;

    @RequestMapping(value = "/dev/outbox", method = { RequestMethod.GET, RequestMethod.HEAD })
    String outbox(Model model, HttpServletResponse response) throws IOException {
        if (!"development".equals(System.getProperty("runtime.environment"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // claim links are secrets outside a local demo
            return null;
        }
        model.addAttribute("mails", outbox.latest());
        return "dev/outbox";
    }
}
