package org.strategypress.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.strategypress.render.html.TemplateReads.Node;

import freemarker.core.CollectionAndSequence;
import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultNonListCollectionAdapter;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateCollectionModelEx;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateSequenceModel;

/**
 * The data model as a template sees it while its reads are recorded into a {@link TemplateReads}: each object,
 * list, map and collection the object wrapper would give is given as a model that behaves as that one does (it
 * asks it) and notes every step the template takes from it. Values of other kinds are given as the wrapper gives
 * them, compared whole on replay. One instance serves one rendering on one thread.
 */
final class TrackedModels {

    /** The models this class makes (never a plain argument of a call, see {@link TrackedMethod}). */
    private interface Tracked extends TemplateModel {
    }

    private final TemplateReads reads;
    private final BeansWrapper wrapper;

    TrackedModels(TemplateReads reads, BeansWrapper wrapper) {
        this.reads = reads;
        this.wrapper = wrapper;
    }

    /** The data model {@code data} to render with. */
    TemplateModel root(Map<String, Object> data) throws TemplateModelException {
        return track(wrapper.wrap(data), reads.root());
    }

    /** Records that {@code step} from {@code parent} gave {@code plain}, and gives what the template gets. */
    private TemplateModel took(Node parent, TemplateReads.Step step, TemplateModel plain) throws TemplateModelException {
        return track(plain, reads.record(parent, step, plain));
    }

    private TemplateModel track(TemplateModel plain, Node n) {
        if (plain == null) return null;
        Class<?> c = plain.getClass();
        if (c == DefaultListAdapter.class) return new TrackedList((DefaultListAdapter) plain, n);
        if (c == DefaultMapAdapter.class) return new TrackedMap((DefaultMapAdapter) plain, n);
        if (c == DefaultNonListCollectionAdapter.class) return new TrackedCollection((DefaultNonListCollectionAdapter) plain, n);
        if (c == GenericObjectModel.class) return new TrackedBean(((WrapperTemplateModel) plain).getWrappedObject(), wrapper, n);
        // any other container or object: the template may read all of it
        if (plain instanceof WrapperTemplateModel w) n.handedOut(w.getWrappedObject());
        return plain;
    }

    /** An object (a record of the view model): its properties and methods. */
    private final class TrackedBean extends GenericObjectModel implements Tracked {
        private final Node node;

        TrackedBean(Object object, BeansWrapper wrapper, Node node) {
            super(object, wrapper);
            this.node = node;
        }

        @Override
        protected TemplateModel get(String key, boolean beforeCall)
                throws TemplateModelException, MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException {
            TemplateModel m;
            try {
                m = super.get(key, beforeCall);
            } catch (MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException e) {
                reads.notReplayable();
                throw e;
            }
            TemplateReads.Get step = new TemplateReads.Get(key, beforeCall);
            if (!(m instanceof TemplateMethodModelEx method)) return took(node, step, m);
            reads.record(node, step, m);
            return new TrackedMethod(node, key, beforeCall, method);
        }

        @Override
        public String getAsString() {
            String s = super.getAsString();
            try {
                reads.record(node, TemplateReads.STR, new SimpleScalar(s));
            } catch (TemplateModelException e) {
                reads.notReplayable();
            }
            return s;
        }

        @Override
        public Object getWrappedObject() {
            node.handedOut(object);
            return object;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            node.handedOut(object);
            return super.getAdaptedObject(hint);
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            node.handedOut(object);
            return super.getAPI();
        }
    }

    /** A method of an object: a call with plain arguments is a step; any other call makes the rendering unreplayable. */
    private final class TrackedMethod implements TemplateMethodModelEx, Tracked {
        private final Node owner;
        private final String name;
        private final boolean beforeCall;
        private final TemplateMethodModelEx method;

        TrackedMethod(Node owner, String name, boolean beforeCall, TemplateMethodModelEx method) {
            this.owner = owner;
            this.name = name;
            this.beforeCall = beforeCall;
            this.method = method;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            List<Object> plain = plainArguments(arguments);
            Object r = method.exec(arguments);
            TemplateModel m = r instanceof TemplateModel t ? t : wrapper.wrap(r);
            if (plain == null) {
                reads.notReplayable();
                return m;
            }
            return took(owner, new TemplateReads.Call(name, beforeCall, plain), m);
        }

        /** The arguments as texts, numbers and truths, or null when one is anything else. */
        private static List<Object> plainArguments(List<?> arguments) throws TemplateModelException {
            List<Object> out = new ArrayList<>(arguments.size());
            for (Object a : arguments) {
                if (a != null && a.getClass() == SimpleScalar.class) out.add(((SimpleScalar) a).getAsString());
                else if (a instanceof SimpleNumber n) out.add(n.getAsNumber());
                else if (a == TemplateBooleanModel.TRUE || a == TemplateBooleanModel.FALSE) out.add(a == TemplateBooleanModel.TRUE);
                else return null;
            }
            return out;
        }
    }

    /** A list, map or collection: handed out whole (to Java, to {@code ?api}), it is compared whole on replay. */
    private abstract static class TrackedContainer implements AdapterTemplateModel, WrapperTemplateModel,
            TemplateModelWithAPISupport, Tracked {
        final Node node;
        private final WrapperTemplateModel plainWrapper;
        private final TemplateModelWithAPISupport plainApi;

        <P extends WrapperTemplateModel & TemplateModelWithAPISupport> TrackedContainer(P plain, Node node) {
            this.plainWrapper = plain;
            this.plainApi = plain;
            this.node = node;
        }

        @Override
        public Object getWrappedObject() {
            node.handedOut(plainWrapper.getWrappedObject());
            return plainWrapper.getWrappedObject();
        }

        @Override
        public Object getAdaptedObject(@SuppressWarnings("rawtypes") Class hint) {
            return getWrappedObject();
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            getWrappedObject();
            return plainApi.getAPI();
        }
    }

    /** A list: its items, by index. */
    private final class TrackedList extends TrackedContainer implements TemplateSequenceModel {
        private final DefaultListAdapter plain;

        TrackedList(DefaultListAdapter plain, Node node) {
            super(plain, node);
            this.plain = plain;
        }

        @Override
        public TemplateModel get(int index) throws TemplateModelException {
            return took(node, new TemplateReads.At(index), plain.get(index));
        }

        @Override
        public int size() throws TemplateModelException {
            return plain.size();
        }
    }

    /** A map: its entries by key, and its values in order. */
    private final class TrackedMap extends TrackedContainer implements TemplateHashModelEx2 {
        private final DefaultMapAdapter plain;

        TrackedMap(DefaultMapAdapter plain, Node node) {
            super(plain, node);
            this.plain = plain;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            return took(node, new TemplateReads.Get(key, false), plain.get(key));
        }

        @Override
        public boolean isEmpty() {
            return plain.isEmpty();
        }

        @Override
        public int size() {
            return plain.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return plain.keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<TemplateModel> values = new ArrayList<>();
            TemplateModelIterator it = plain.values().iterator();
            for (int i = 0; it.hasNext(); i++) values.add(took(node, new TemplateReads.Nth(i), it.next()));
            return new CollectionAndSequence(new SimpleSequence(values, wrapper));
        }

        @Override
        public KeyValuePairIterator keyValuePairIterator() throws TemplateModelException {
            KeyValuePairIterator it = plain.keyValuePairIterator();
            return new KeyValuePairIterator() {
                private int index;

                @Override
                public boolean hasNext() throws TemplateModelException {
                    return it.hasNext();
                }

                @Override
                public KeyValuePair next() throws TemplateModelException {
                    KeyValuePair p = it.next();
                    TemplateModel value = took(node, new TemplateReads.Nth(index++), p.getValue());
                    return new KeyValuePair() {
                        @Override
                        public TemplateModel getKey() throws TemplateModelException {
                            return p.getKey();
                        }

                        @Override
                        public TemplateModel getValue() {
                            return value;
                        }
                    };
                }
            };
        }
    }

    /** A collection that is not a list (a set): its items in iteration order. */
    private final class TrackedCollection extends TrackedContainer implements TemplateCollectionModelEx {
        private final DefaultNonListCollectionAdapter plain;

        TrackedCollection(DefaultNonListCollectionAdapter plain, Node node) {
            super(plain, node);
            this.plain = plain;
        }

        @Override
        public TemplateModelIterator iterator() throws TemplateModelException {
            TemplateModelIterator it = plain.iterator();
            return new TemplateModelIterator() {
                private int index;

                @Override
                public TemplateModel next() throws TemplateModelException {
                    return took(node, new TemplateReads.Nth(index++), it.next());
                }

                @Override
                public boolean hasNext() throws TemplateModelException {
                    return it.hasNext();
                }
            };
        }

        @Override
        public int size() {
            return plain.size();
        }

        @Override
        public boolean isEmpty() {
            return plain.isEmpty();
        }
    }
}
