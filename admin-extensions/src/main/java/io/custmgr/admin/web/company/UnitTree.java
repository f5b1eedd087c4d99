package io.custmgr.admin.web.company;

import io.custmgr.company.domain.BusinessUnitImpl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A company's business units in tree order (each unit followed by its children, by name) with their depth. */
public final class UnitTree {

    private final BusinessUnitImpl unit;
    private final int depth;

    private UnitTree(BusinessUnitImpl unit, int depth) {
        this.unit = unit;
        this.depth = depth;
    }

    public BusinessUnitImpl getUnit() { return unit; }
    public int getDepth() { return depth; }

    /** @return the units depth first; a unit whose parent is not among them is shown as a root */
    public static List<UnitTree> of(List<BusinessUnitImpl> units) {
        Map<Long, List<BusinessUnitImpl>> children = new HashMap<Long, List<BusinessUnitImpl>>();
        Map<Long, BusinessUnitImpl> byId = new HashMap<Long, BusinessUnitImpl>();
        for (BusinessUnitImpl unit : units) {
            byId.put(unit.getId(), unit);
        }
        List<BusinessUnitImpl> roots = new ArrayList<BusinessUnitImpl>();
        for (BusinessUnitImpl unit : units) {
            if (unit.getParentId() == null || !byId.containsKey(unit.getParentId())) {
                roots.add(unit);
            } else {
                List<BusinessUnitImpl> siblings = children.get(unit.getParentId());
                if (siblings == null) {
                    siblings = new ArrayList<BusinessUnitImpl>();
                    children.put(unit.getParentId(), siblings);
                }
                siblings.add(unit);
            }
        }
        List<UnitTree> tree = new ArrayList<UnitTree>();
        add(tree, roots, children, 0);
        return tree;
    }

    private static void add(List<UnitTree> tree, List<BusinessUnitImpl> units,
            Map<Long, List<BusinessUnitImpl>> children, int depth) {
        List<BusinessUnitImpl> sorted = new ArrayList<BusinessUnitImpl>(units);
        Collections.sort(sorted, (a, b) -> a.getName().compareToIgnoreCase(b.getName()));
        for (BusinessUnitImpl unit : sorted) {
            tree.add(new UnitTree(unit, depth));
            List<BusinessUnitImpl> below = children.get(unit.getId());
            if (below != null) {
                add(tree, below, children, depth + 1);
            }
        }
    }
}
