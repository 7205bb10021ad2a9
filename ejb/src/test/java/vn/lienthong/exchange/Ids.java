package vn.lienthong.exchange;

/** Gives an entity the id the database would, for rules that refer to it. */
public final class Ids {

    private Ids() {
    }

    public static <T> T withId(T entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
