package org.strategypress.render.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

/**
 * What one rendering of a template read from its data model: a tree whose root is the data model and whose every
 * node is a value the template reached by one step from its parent (a property, a list item, a map entry, a method
 * called with plain arguments), with what the template could see of that value: a text, number or truth itself, a
 * list's length, a map's keys, an object's class. Two data models under which every recorded step gives values
 * that look the same make the template write the same text, so a page whose reads still hold need not be rendered
 * again. A value handed whole to code outside the template (a Java method's argument, {@code ?api}) is compared
 * whole, with {@code equals}; a step the tree cannot replay (a method given a non-plain argument) leaves the
 * rendering without reads ({@link #replayable()} false), so it is always rendered again.
 *
 * <p>Recorded by one template rendering on one thread, then only read.
 */
public final class TemplateReads {

    /** A step from a model to one it gives. */
    sealed interface Step permits Get, At, Nth, Str, Call {
    }

    /** {@code hash.name}, or the method {@code name} looked up for a call when {@code beforeCall}. */
    record Get(String name, boolean beforeCall) implements Step {
    }

    /** The item at {@code index} of a sequence. */
    record At(int index) implements Step {
    }

    /** The item at {@code index} of a collection's iteration, or of a hash's values. */
    record Nth(int index) implements Step {
    }

    /** An object's text ({@code toString}), when the template printed the object itself. */
    record Str() implements Step {
    }

    /** The method {@code name} called with plain arguments (texts, numbers, truths). */
    record Call(String name, boolean beforeCall, List<Object> args) implements Step {
    }

    /** How a list or collection looks to a template that does not look inside: its length. */
    private record Sized(int size) {
    }

    /** How a map looks: its keys in order. */
    private record Keys(List<Object> keys) {
    }

    /** A date as a template sees it. */
    private record When(Date date, int type) {
    }

    /** A value compared whole. */
    private record Whole(Object value) {
    }

    private static final Object NULL = "(null)";
    private static final Object METHOD = "(method)";
    static final Str STR = new Str();

    /** One value reached: how it looked, the value itself, whether it was handed out whole, and the steps taken from it. */
    static final class Node {
        private final Object shape;
        private Object value;
        private Object whole;
        private boolean handedOut;
        private Map<Step, Node> children;

        private Node(Object shape) {
            this.shape = shape;
        }

        /** The value was handed to code outside the template: it is compared whole on replay. */
        void handedOut(Object value) {
            handedOut = true;
            whole = value;
        }
    }

    private final Node root = new Node(NULL);
    private final Object context;
    private boolean replayable = true;

    /** Reads to be recorded under {@code context} (what besides the data model the rendering depended on). */
    TemplateReads(Object context) {
        this.context = context;
    }

    /** What besides the data model the rendering depended on: the template, the language, the words, the folder. */
    Object context() {
        return context;
    }

    /** The data model's node. */
    Node root() {
        return root;
    }

    /** False when the template took a step that cannot be replayed: its page is rendered every time. */
    public boolean replayable() {
        return replayable;
    }

    /** Notes a step that cannot be replayed. */
    void notReplayable() {
        replayable = false;
    }

    /** Records that {@code step} from {@code parent} gave {@code plain}; returns the node of what it gave. */
    Node record(Node parent, Step step, TemplateModel plain) throws TemplateModelException {
        if (parent.children == null) parent.children = new LinkedHashMap<>();
        Node n = parent.children.get(step);
        if (n == null) {
            n = new Node(shape(plain));
            if (plain instanceof WrapperTemplateModel w && comparable(w.getWrappedObject())) n.value = w.getWrappedObject();
            parent.children.put(step, n);
        }
        return n;
    }

    /**
     * Whether every step recorded gives values that look the same from {@code dataModel} (the plain model of a new
     * data model, replayed by {@code replay}): then the template writes what it wrote when these reads were taken.
     */
    public boolean holdFor(TemplateModel dataModel, Replay replay) {
        if (!replayable) return false;
        try {
            return holds(root, dataModel, replay);
        } catch (TemplateModelException | RuntimeException e) {
            return false; // a step that fails now did not fail then
        }
    }

    private static boolean holds(Node n, TemplateModel m, Replay replay) throws TemplateModelException {
        if (n.value != null && m instanceof WrapperTemplateModel w && replay.same(n.value, w.getWrappedObject())) return true;
        if (n.handedOut && !(m instanceof WrapperTemplateModel w && Objects.equals(n.whole, w.getWrappedObject()))) return false;
        if (n.children == null) return true;
        for (Map.Entry<Step, Node> e : n.children.entrySet()) {
            TemplateModel c = step(m, e.getKey(), replay.wrapper);
            if (!e.getValue().shape.equals(shape(c)) || !holds(e.getValue(), c, replay)) return false;
        }
        return true;
    }

    /**
     * A value whose {@code equals} says what a template can read of it: a record (the view model's values are
     * immutable records whose parts are texts, numbers, lists, maps and records), a list or a map. Two equal ones
     * give equal values at every step, so a node whose value equals the new one holds without replaying its steps.
     */
    private static boolean comparable(Object o) {
        return o != null && (o.getClass().isRecord() || o instanceof List<?> || o instanceof Map<?, ?>);
    }

    /**
     * The replay of one build, shared by its pages: the object wrapper its steps are taken with, and the equality of
     * the values compared (most pages hold the same document, compared once a build). Thread-safe.
     */
    public static final class Replay {
        private final ObjectWrapper wrapper;
        private final Map<Pair, Boolean> same = new ConcurrentHashMap<>();

        /** A replay whose plain models are wrapped by {@code wrapper}. */
        public Replay(ObjectWrapper wrapper) {
            this.wrapper = wrapper;
        }

        boolean same(Object then, Object now) {
            if (then == now) return true;
            if (then.getClass() != now.getClass()) return false;
            return same.computeIfAbsent(new Pair(then, now), p -> then.equals(now));
        }
    }

    /** Two objects, by identity. */
    private record Pair(Object a, Object b) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.a == a && p.b == b;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(a) * 31 + System.identityHashCode(b);
        }
    }

    /** Takes {@code step} from the plain model {@code m}, as the template took it. */
    private static TemplateModel step(TemplateModel m, Step step, ObjectWrapper wrapper) throws TemplateModelException {
        if (step instanceof Get g) return get(m, g.name(), g.beforeCall());
        if (step instanceof At a) return ((TemplateSequenceModel) m).get(a.index());
        if (step instanceof Nth n) return nth(m instanceof TemplateHashModelEx h ? h.values() : (TemplateCollectionModel) m, n.index());
        if (step instanceof Str) return new SimpleScalar(((TemplateScalarModel) m).getAsString());
        Call c = (Call) step;
        List<TemplateModel> args = new ArrayList<>(c.args().size());
        for (Object a : c.args()) args.add(wrapper.wrap(a));
        Object r = ((TemplateMethodModelEx) get(m, c.name(), c.beforeCall())).exec(args);
        return r instanceof TemplateModel t ? t : wrapper.wrap(r);
    }

    private static TemplateModel get(TemplateModel m, String name, boolean beforeCall) throws TemplateModelException {
        if (beforeCall && m instanceof MethodCallAwareTemplateHashModel aware) {
            try {
                return aware.getBeforeMethodCall(name);
            } catch (MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException e) {
                throw new TemplateModelException("not a method: " + name);
            }
        }
        return ((TemplateHashModel) m).get(name);
    }

    private static TemplateModel nth(TemplateCollectionModel c, int index) throws TemplateModelException {
        TemplateModelIterator it = c.iterator();
        for (int i = 0; i < index; i++) it.next();
        return it.next();
    }

    /** How a plain model looks to a template that has not stepped into it. */
    static Object shape(TemplateModel m) throws TemplateModelException {
        if (m == null) return NULL;
        if (m instanceof TemplateMethodModel) return METHOD;
        if (m instanceof WrapperTemplateModel w) {
            Object o = w.getWrappedObject();
            if (o instanceof List<?> l) return new Sized(l.size());
            if (o instanceof Map<?, ?> map) return new Keys(new ArrayList<>(map.keySet()));
            if (o instanceof Collection<?> c) return new Sized(c.size());
            return m.getClass() == GenericObjectModel.class ? o.getClass() : new Whole(o);
        }
        if (m instanceof TemplateScalarModel s) return s.getAsString();
        if (m instanceof TemplateNumberModel n) return n.getAsNumber();
        if (m instanceof TemplateBooleanModel b) return b.getAsBoolean();
        if (m instanceof TemplateDateModel d) return new When(d.getAsDate(), d.getDateType());
        return new Whole(m); // a model of unknown kind: equal only to itself
    }
}
