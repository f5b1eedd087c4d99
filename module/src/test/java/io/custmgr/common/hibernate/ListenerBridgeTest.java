package io.custmgr.common.hibernate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ListenerBridgeTest {

    interface Greeter {
        String greet();
    }

    private final Greeter first = new Greeter() {
        public String greet() {
            return "first";
        }
    };

    private final Greeter second = new Greeter() {
        public String greet() {
            return "second";
        }
    };

    @AfterEach
    void clear() {
        ListenerBridge.unregister(Greeter.class, first);
        ListenerBridge.unregister(Greeter.class, second);
    }

    @Test
    void aListenerFindsNothingUntilABeanRegisters() {
        assertNull(ListenerBridge.lookup(Greeter.class));
        ListenerBridge.register(Greeter.class, first);
        assertSame(first, ListenerBridge.lookup(Greeter.class));
    }

    @Test
    void aStoppingBeanUnregistersOnlyItself() {
        ListenerBridge.register(Greeter.class, first);
        ListenerBridge.register(Greeter.class, second);

        ListenerBridge.unregister(Greeter.class, first);
        assertSame(second, ListenerBridge.lookup(Greeter.class), "a newer registration stays");

        ListenerBridge.unregister(Greeter.class, second);
        assertNull(ListenerBridge.lookup(Greeter.class));
    }
}
