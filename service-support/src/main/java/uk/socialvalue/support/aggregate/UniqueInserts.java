package uk.socialvalue.support.aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

/** Several inserts in one write, where a document a unique index already holds is no error but left as it is. */
public final class UniqueInserts {

    private UniqueInserts() {
    }

    /**
     * Inserts the documents in one unordered write: each is stored unless a unique index already holds one of its
     * values (its {@code _id} or another), and any other failure is thrown.
     *
     * @return the positions, in {@code documents}, of those a unique index already held
     */
    public static Set<Integer> insertNew(MongoCollection<Document> collection, List<Document> documents) {
        Set<Integer> alreadyHeld = new HashSet<>();
        if (documents.isEmpty()) {
            return alreadyHeld;
        }
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                alreadyHeld.add(error.getIndex());
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
        }
        return alreadyHeld;
    }
}
