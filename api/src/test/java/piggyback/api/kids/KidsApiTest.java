package piggyback.api.kids;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiTest;
import piggyback.storage.videos.Assignments;

/** An API test of the kids' routes, with families that own a downloaded video. */
public abstract class KidsApiTest extends ApiTest {

    protected StoredVideos videos;

    @Autowired
    protected Assignments assignments;

    /** An expert with one assigned video, and a parent with a code whose child that expert teaches. */
    protected record Family(String expertId, String expertPassword, String parentCode, String childId,
                            String videoId) {
    }

    @BeforeEach
    void videoRows() {
        videos = new StoredVideos(jdbc, assignments);
    }

    protected Family family() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String code = "fam-" + unique();
        String childId = newChild(expertId, newParent(code), "Kid");
        String video = videos.downloaded("Video of " + expertId, null, 120.0);
        videos.assign(video, expertId);
        return new Family(expertId, password, code, childId, video);
    }
}
