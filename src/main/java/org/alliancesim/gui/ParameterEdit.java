package org.alliancesim.gui;

import java.lang.reflect.RecordComponent;
import org.alliancesim.scenario.Parameters;

/**
 * Replaces one group of a {@link Parameters} record, found by its type, keeping the others. By
 * reflection over the record's components, so a group added to the scenario format later needs no
 * change here.
 */
final class ParameterEdit {
    private ParameterEdit() {
    }

    /**
     * @param group the new value of the one component of its type
     * @throws IllegalArgumentException if no component has that type
     */
    static Parameters with(Parameters p, Object group) {
        RecordComponent[] cs = Parameters.class.getRecordComponents();
        Object[] values = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        boolean found = false;
        try {
            for (int k = 0; k < cs.length; k++) {
                types[k] = cs[k].getType();
                boolean match = types[k] == group.getClass();
                values[k] = match ? group : cs[k].getAccessor().invoke(p);
                found |= match;
            }
            if (!found) {
                throw new IllegalArgumentException("Parameters has no " + group.getClass().getSimpleName());
            }
            return Parameters.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
