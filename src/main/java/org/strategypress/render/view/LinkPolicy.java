package org.strategypress.render.view;

/** Where an output puts each entity: an anchor in one document (print), or a page per entity (site). */
public interface LinkPolicy {

    /** The href of the entity with this id. */
    String entity(String id);

    /** The href of a module. */
    String module(int number);

    /** The href of a pillar's own page (its whole chain). */
    String pillarPage(String id);

    /** The href of an anchor on one of the site's pages; in one document, the anchor alone. */
    default String inPage(String page, String anchor) {
        return anchor == null || anchor.isEmpty() ? page : page + "#" + anchor;
    }

    /** One document: every entity is an anchor in it. */
    LinkPolicy PRINT = new LinkPolicy() {
        public String inPage(String page, String anchor) {
            return "#" + anchor;
        }

        public String entity(String id) {
            return "#" + id;
        }

        public String module(int number) {
            return "#module-" + number;
        }

        public String pillarPage(String id) {
            return "#" + id;
        }
    };

    /** The static site: index, module pages, pillar pages and a page per entity, all in one folder. */
    LinkPolicy SITE = new LinkPolicy() {
        public String entity(String id) {
            return SitePages.entityPage(id);
        }

        public String module(int number) {
            return "module-" + number + ".html";
        }

        public String pillarPage(String id) {
            return SitePages.entityPage(id);
        }
    };
}
